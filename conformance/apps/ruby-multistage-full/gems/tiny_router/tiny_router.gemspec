Gem::Specification.new do |s|
  s.name = "tiny_router"
  s.version = "0.2.0"
  s.summary = "A Sinatra-shaped routing DSL with a threaded HTTP/1.1 server on the standard library"
  s.authors = ["Acme Platform Team"]
  s.license = "MIT"
  s.files = ["lib/tiny_router.rb"]
  s.required_ruby_version = ">= 2.7"
end
