package dev.slimline.scan.catalog;

/** A package database file whose structure contradicts itself (truncated, pages out of range, loops). */
final class CorruptDatabaseException extends Exception {

    CorruptDatabaseException(String message) {
        super(message);
    }
}
