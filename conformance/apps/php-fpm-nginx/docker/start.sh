#!/bin/sh
# php-fpm in the background, nginx in the foreground: one container, as the team deploys it.
set -e
mkdir -p /var/www/html/storage && chown -R www-data:www-data /var/www/html/storage
php-fpm -D
exec nginx -g 'daemon off;'
