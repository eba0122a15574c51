//! Counters rendered in the Prometheus text format.
use std::collections::BTreeMap;
use std::sync::Mutex;

#[derive(Default)]
pub struct Registry {
    counters: Mutex<BTreeMap<String, u64>>,
}

impl Registry {
    pub fn inc(&self, name: &str) {
        *self.counters.lock().unwrap().entry(name.to_string()).or_insert(0) += 1;
    }

    pub fn render(&self) -> String {
        self.counters
            .lock()
            .unwrap()
            .iter()
            .map(|(k, v)| format!("# TYPE {k} counter\n{k} {v}\n"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts() {
        let r = super::Registry::default();
        r.inc("a");
        r.inc("a");
        assert_eq!(r.render(), "# TYPE a counter\na 2\n");
    }
}
