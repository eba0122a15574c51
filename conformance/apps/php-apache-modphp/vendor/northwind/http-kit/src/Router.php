<?php

namespace Northwind\HttpKit;

/** Maps "METHOD /path" to handlers that return [status, headers, body] or a string body. */
final class Router
{
    private array $routes = [];

    public function get(string $path, callable $handler): void
    {
        $this->routes['GET ' . $path] = $handler;
    }

    public function post(string $path, callable $handler): void
    {
        $this->routes['POST ' . $path] = $handler;
    }

    public function dispatch(string $method, string $uri): void
    {
        $path = parse_url($uri, PHP_URL_PATH) ?: '/';
        $handler = $this->routes[$method . ' ' . $path] ?? null;
        $result = $handler ? $handler() : [404, ['Content-Type' => 'text/plain'], "not found\n"];
        if (!is_array($result)) {
            $result = [200, ['Content-Type' => 'text/plain'], (string) $result];
        }
        [$status, $headers, $body] = $result;
        http_response_code($status);
        foreach ($headers as $name => $value) {
            header($name . ': ' . $value);
        }
        echo $body;
    }
}
