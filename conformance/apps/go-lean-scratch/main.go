// clock: the server's time in several zones (zoneinfo embedded with time/tzdata, so scratch works).
package main

import (
	"fmt"
	"log"
	"net/http"
	"time"
	_ "time/tzdata"
)

func main() {
	zones := []string{"UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"}
	http.HandleFunc("/time", func(w http.ResponseWriter, r *http.Request) {
		now := time.Now()
		for _, z := range zones {
			loc, err := time.LoadLocation(z)
			if err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			fmt.Fprintf(w, "%-18s %s\n", z, now.In(loc).Format(time.RFC3339))
		}
	})
	log.Fatal(http.ListenAndServe(":8081", nil))
}
