<?php

namespace Northwind\HttpKit;

final class Json
{
    public static function response(mixed $data, int $status = 200): array
    {
        return [$status, ['Content-Type' => 'application/json'], json_encode($data, JSON_THROW_ON_ERROR)];
    }
}
