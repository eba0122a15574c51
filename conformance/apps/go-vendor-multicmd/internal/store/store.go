// Package store keeps the inventory in memory; the worker and migrate commands share it.
package store

import (
	"errors"
	"sync"
)

type Item struct {
	SKU   string `json:"sku"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

type Store struct {
	mu    sync.Mutex
	items map[string]Item
}

func New() *Store { return &Store{items: map[string]Item{}} }

func (s *Store) Put(it Item) error {
	if it.SKU == "" {
		return errors.New("sku is required")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[it.SKU] = it
	return nil
}

func (s *Store) All() []Item {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Item, 0, len(s.items))
	for _, it := range s.items {
		out = append(out, it)
	}
	return out
}

// Seed is the data `migrate` loads and the API starts with.
func Seed(s *Store) {
	_ = s.Put(Item{SKU: "A-100", Name: "bolt", Count: 40})
	_ = s.Put(Item{SKU: "B-200", Name: "washer", Count: 120})
}
