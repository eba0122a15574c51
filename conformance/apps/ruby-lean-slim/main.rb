# frozen_string_literal: true

require_relative "lib/status_server"

StatusServer.new(Integer(ENV.fetch("PORT", 8080))).run
