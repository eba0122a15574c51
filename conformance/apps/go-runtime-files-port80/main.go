// guestbook: renders templates/ read at run time (relative to the working directory), reads
// config/app.json, appends entries to a file in DATA_DIR and listens on port 80.
package main

import (
	"bufio"
	"encoding/json"
	"html/template"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"sync"
)

type config struct {
	Title  string `json:"title"`
	Listen string `json:"listen"`
}

func main() {
	raw, err := os.ReadFile("config/app.json")
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	var cfg config
	if err := json.Unmarshal(raw, &cfg); err != nil {
		log.Fatalf("config: %v", err)
	}
	tpl := template.Must(template.ParseGlob("templates/*.html"))
	dataDir := os.Getenv("DATA_DIR")
	if dataDir == "" {
		dataDir = "data"
	}
	book := filepath.Join(dataDir, "entries.txt")
	var mu sync.Mutex

	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.Method == http.MethodPost {
			f, err := os.OpenFile(book, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			if err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			_, _ = f.WriteString(r.FormValue("name") + "\n")
			_ = f.Close()
		}
		var entries []string
		if f, err := os.Open(book); err == nil {
			s := bufio.NewScanner(f)
			for s.Scan() {
				entries = append(entries, s.Text())
			}
			_ = f.Close()
		}
		_ = tpl.ExecuteTemplate(w, "index.html", map[string]any{"Title": cfg.Title, "Entries": entries})
	})
	// Ready only when the data directory is writable: the probe proves it.
	http.HandleFunc("/ready", func(w http.ResponseWriter, r *http.Request) {
		probe := filepath.Join(dataDir, ".ready")
		if err := os.WriteFile(probe, []byte("ok"), 0o644); err != nil {
			http.Error(w, "data dir not writable: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	log.Printf("guestbook on %s, data in %s", cfg.Listen, dataDir)
	log.Fatal(http.ListenAndServe(cfg.Listen, nil))
}
