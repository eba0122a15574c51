//! Answers /status with the uptime in seconds: the smallest possible sidecar.
use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Instant;

fn main() {
    let started = Instant::now();
    let listener = TcpListener::bind("0.0.0.0:8080").expect("bind 8080");
    for stream in listener.incoming().flatten() {
        let mut stream = stream;
        let mut buf = [0u8; 1024];
        let n = stream.read(&mut buf).unwrap_or(0);
        let req = String::from_utf8_lossy(&buf[..n]);
        let body = if req.starts_with("GET /status ") {
            format!("up {}s\n", started.elapsed().as_secs())
        } else {
            String::new()
        };
        let status = if body.is_empty() { "404 Not Found" } else { "200 OK" };
        let _ = write!(stream, "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
    }
}
