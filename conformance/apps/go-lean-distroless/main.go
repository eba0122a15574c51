// echoip: answers with the caller's address, as JSON when asked.
package main

import (
	"encoding/json"
	"log"
	"net"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		host, _, _ := net.SplitHostPort(r.RemoteAddr)
		if r.Header.Get("Accept") == "application/json" {
			_ = json.NewEncoder(w).Encode(map[string]string{"ip": host})
			return
		}
		_, _ = w.Write([]byte(host + "\n"))
	})
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) })
	log.Fatal(http.ListenAndServe(":8080", nil))
}
