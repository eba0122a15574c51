Gem::Specification.new do |s|
  s.name = "fast_slug"
  s.version = "1.0.1"
  s.summary = "URL slugs in C"
  s.authors = ["Acme Platform Team"]
  s.license = "MIT"
  s.files = ["lib/fast_slug.rb", "ext/fast_slug/extconf.rb", "ext/fast_slug/fast_slug.c"]
  s.extensions = ["ext/fast_slug/extconf.rb"]
  s.require_paths = ["lib"]
end
