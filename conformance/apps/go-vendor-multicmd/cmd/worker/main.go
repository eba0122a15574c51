package main

import (
	"log"
	"time"

	"github.com/acme/inventory/internal/store"
)

// The worker recounts stock every minute (in production it reads a queue).
func main() {
	s := store.New()
	store.Seed(s)
	for {
		log.Printf("worker: %d items", len(s.All()))
		time.Sleep(time.Minute)
	}
}
