//! A to-do list over HTTP with only the standard library: one thread per connection, state behind a Mutex.
use std::env;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

type Todos = Arc<Mutex<Vec<String>>>;

fn respond(stream: &mut TcpStream, status: &str, body: &str) {
    let _ = write!(
        stream,
        "HTTP/1.1 {}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        status,
        body.len(),
        body
    );
}

fn handle(mut stream: TcpStream, todos: Todos) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    match (method, path) {
        ("GET", "/health") => respond(&mut stream, "200 OK", "ok\n"),
        ("GET", "/todos") => {
            let list = todos.lock().unwrap().join("\n");
            respond(&mut stream, "200 OK", &list)
        }
        ("POST", "/todos") => {
            let mut body = vec![0u8; length];
            let _ = reader.read_exact(&mut body);
            todos.lock().unwrap().push(String::from_utf8_lossy(&body).into_owned());
            respond(&mut stream, "201 Created", "created\n")
        }
        _ => respond(&mut stream, "404 Not Found", "not found\n"),
    }
}

fn main() {
    let addr = format!("0.0.0.0:{}", env::var("PORT").unwrap_or_else(|_| "3000".into()));
    let listener = TcpListener::bind(&addr).expect("bind");
    println!("todo-api listening on {}", addr);
    let todos: Todos = Arc::new(Mutex::new(Vec::new()));
    for stream in listener.incoming().flatten() {
        let todos = Arc::clone(&todos);
        thread::spawn(move || handle(stream, todos));
    }
}
