# frozen_string_literal: true

require "bundler/setup"
require "tiny_router"
require_relative "config"

# A feature-flag service: flags are read from FLAGS (comma-separated) at boot.
class Flags < TinyRouter::App
  ENABLED = ENV.fetch("FLAGS", "").split(",").map(&:strip).reject(&:empty?)

  get "/up" do
    "#{Settings::GREETING}\n"
  end

  get "/flags" do
    ENABLED.join("\n")
  end
end

Flags.run!(port: Settings::PORT)
