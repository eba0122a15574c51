<?php

namespace App;

use PDO;

/** Notes in an SQLite file under the data directory (created on first use). */
final class NoteRepository
{
    private PDO $db;

    public function __construct(string $dataDir)
    {
        if (!is_dir($dataDir)) {
            mkdir($dataDir, 0775, true);
        }
        $this->db = new PDO('sqlite:' . $dataDir . '/notes.sqlite');
        $this->db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
        $this->db->exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    }

    public function add(string $body): int
    {
        $stmt = $this->db->prepare('INSERT INTO notes (body) VALUES (?)');
        $stmt->execute([$body]);
        return (int) $this->db->lastInsertId();
    }

    public function all(): array
    {
        return $this->db->query('SELECT id, body FROM notes ORDER BY id')->fetchAll(PDO::FETCH_ASSOC);
    }

    public function count(): int
    {
        return (int) $this->db->query('SELECT COUNT(*) FROM notes')->fetchColumn();
    }
}
