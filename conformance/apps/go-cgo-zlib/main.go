package main

import (
	"fmt"
	"io"
	"log"
	"net/http"

	"github.com/acme/packd/compress"
)

func main() {
	http.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "ok zlib %s\n", compress.Version())
	})
	http.HandleFunc("/pack", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		out, err := compress.Deflate(body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/zlib")
		_, _ = w.Write(out)
	})
	log.Println("packd listening on :9000")
	log.Fatal(http.ListenAndServe(":9000", nil))
}
