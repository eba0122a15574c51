//! A pastebin that keeps pastes as files in PASTE_DIR (a volume); ids are counters.
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT: AtomicU64 = AtomicU64::new(1);

fn reply(s: &mut TcpStream, status: &str, body: &str) {
    let _ = write!(s, "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
}

fn main() {
    let dir = PathBuf::from(std::env::var("PASTE_DIR").unwrap_or_else(|_| "pastes".into()));
    fs::create_dir_all(&dir).expect("create paste dir");
    let listener = TcpListener::bind("0.0.0.0:7000").expect("bind 7000");
    for stream in listener.incoming().flatten() {
        let mut stream = stream;
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut first = String::new();
        let _ = reader.read_line(&mut first);
        let mut len = 0usize;
        loop {
            let mut l = String::new();
            if reader.read_line(&mut l).unwrap_or(0) == 0 || l == "\r\n" {
                break;
            }
            if let Some(v) = l.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap_or(0);
            }
        }
        let parts: Vec<&str> = first.split_whitespace().collect();
        match (parts.first().copied(), parts.get(1).copied()) {
            (Some("GET"), Some("/healthz")) => {
                // healthy only if the paste directory is writable
                let probe = dir.join(".probe");
                match fs::write(&probe, b"ok") {
                    Ok(_) => reply(&mut stream, "200 OK", "ok\n"),
                    Err(e) => reply(&mut stream, "503 Service Unavailable", &format!("{e}\n")),
                }
            }
            (Some("POST"), Some("/")) => {
                let mut body = vec![0u8; len];
                let _ = reader.read_exact(&mut body);
                let id = NEXT.fetch_add(1, Ordering::SeqCst);
                let _ = fs::write(dir.join(id.to_string()), &body);
                reply(&mut stream, "201 Created", &format!("/{id}\n"))
            }
            (Some("GET"), Some(p)) => match fs::read_to_string(dir.join(p.trim_start_matches('/'))) {
                Ok(text) => reply(&mut stream, "200 OK", &text),
                Err(_) => reply(&mut stream, "404 Not Found", "no such paste\n"),
            },
            _ => reply(&mut stream, "405 Method Not Allowed", ""),
        }
    }
}
