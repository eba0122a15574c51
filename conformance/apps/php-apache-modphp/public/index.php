<?php

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use App\NoteRepository;
use Northwind\HttpKit\Json;
use Northwind\HttpKit\Router;

$notes = new NoteRepository(getenv('DATA_DIR') ?: __DIR__ . '/../storage');
$router = new Router();
// The health answer proves the data directory is writable and pdo_sqlite is loaded.
$router->get('/health', fn () => Json::response(['status' => 'ok', 'notes' => $notes->count(), 'php' => PHP_VERSION]));
$router->get('/notes', fn () => Json::response($notes->all()));
$router->post('/notes', fn () => Json::response(['id' => $notes->add((string) file_get_contents('php://input'))], 201));
$router->dispatch($_SERVER['REQUEST_METHOD'] ?? 'GET', $_SERVER['REQUEST_URI'] ?? '/');
