# frozen_string_literal: true

# Runtime settings from the environment, with defaults for local runs.
module Settings
  PORT = Integer(ENV.fetch("PORT", 9292))
  GREETING = ENV.fetch("GREETING", "hello")
end
