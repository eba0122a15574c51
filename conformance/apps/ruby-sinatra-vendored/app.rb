# frozen_string_literal: true

require "bundler/setup"
require "json"
require "tiny_router"
require "fast_slug"

# A bookmarks service: POST a title, get its slug; GET /bookmarks lists them.
class Bookmarks < TinyRouter::App
  STORE = []
  MUTEX = Mutex.new
  SETTINGS = JSON.parse(File.read(File.join(__dir__, "config", "settings.json")))

  get "/health" do
    "ok #{SETTINGS.fetch('service')}\n"
  end

  get "/bookmarks" do
    [200, { "Content-Type" => "application/json" }, MUTEX.synchronize { JSON.generate(STORE) }]
  end

  post "/bookmarks" do |body|
    entry = { "title" => body, "slug" => FastSlug.slugify(body) }
    MUTEX.synchronize { STORE << entry }
    [201, { "Content-Type" => "application/json" }, JSON.generate(entry)]
  end
end

Bookmarks.run! if $PROGRAM_NAME == __FILE__
