# frozen_string_literal: true

require "socket"
require "json"

# Reports the service version and uptime; the deploy tooling polls it.
class StatusServer
  def initialize(port)
    @server = TCPServer.new("0.0.0.0", port)
    @started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end

  def run
    loop do
      Thread.start(@server.accept) do |client|
        path = client.gets.to_s.split[1]
        nil while (line = client.gets) && line != "\r\n"
        body, status = path == "/status" ? [JSON.generate(status_doc), "200 OK"] : ["not found\n", "404 Not Found"]
        client.write("HTTP/1.1 #{status}\r\nContent-Type: application/json\r\nContent-Length: #{body.bytesize}\r\nConnection: close\r\n\r\n#{body}")
      ensure
        client.close
      end
    end
  end

  private

  def status_doc
    { version: ENV.fetch("APP_VERSION", "dev"), uptime: (Process.clock_gettime(Process::CLOCK_MONOTONIC) - @started).round }
  end
end
