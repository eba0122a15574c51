package main

import (
	"fmt"

	"github.com/acme/inventory/internal/store"
)

func main() {
	s := store.New()
	store.Seed(s)
	fmt.Printf("migrated %d items\n", len(s.All()))
}
