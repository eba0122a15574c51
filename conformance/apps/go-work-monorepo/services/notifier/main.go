// notifier accepts incident notices and fans them out (another service of the workspace, built by its own image).
package main

import (
	"log"
	"net/http"

	"github.com/acme/platform/libs/httpkit"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/notices", func(w http.ResponseWriter, r *http.Request) {
		httpkit.JSON(w, http.StatusAccepted, map[string]string{"queued": r.URL.Query().Get("component")})
	})
	log.Fatal(http.ListenAndServe(":7071", httpkit.Logged(mux)))
}
