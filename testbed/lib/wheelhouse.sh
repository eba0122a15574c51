ensure_wheelhouse() { :; }
serve_wheelhouse() { :; }
wheelhouse_status() { :; }
