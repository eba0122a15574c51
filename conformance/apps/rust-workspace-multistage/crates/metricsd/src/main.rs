//! Exposes request counters on /metrics; every request counts itself.
use metrics_core::Registry;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::thread;

fn main() {
    let registry = Arc::new(Registry::default());
    let listener = TcpListener::bind("0.0.0.0:9100").expect("bind 9100");
    for stream in listener.incoming().flatten() {
        let registry = Arc::clone(&registry);
        thread::spawn(move || {
            let mut stream = stream;
            let mut line = String::new();
            let _ = BufReader::new(&stream).read_line(&mut line);
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            registry.inc("http_requests_total");
            let (status, body) = if path == "/metrics" {
                ("200 OK", registry.render())
            } else {
                ("404 Not Found", String::from("not found\n"))
            };
            let _ = write!(stream, "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
        });
    }
}
