# frozen_string_literal: true

require "socket"

# Routes are declared like Sinatra's (`get "/path" do ... end`); the block returns a body or
# [status, headers, body]. `run!` serves them on a thread per connection.
module TinyRouter
  class App
    def self.routes = (@routes ||= {})
    def self.get(path, &blk) = routes[["GET", path]] = blk
    def self.post(path, &blk) = routes[["POST", path]] = blk

    def self.call(method, path, body)
      handler = routes[[method, path]]
      return [404, { "Content-Type" => "text/plain" }, "not found\n"] unless handler

      result = new.instance_exec(body, &handler)
      result.is_a?(Array) ? result : [200, { "Content-Type" => "text/plain" }, result.to_s]
    end

    def self.run!(port: Integer(ENV.fetch("PORT", 4567)), bind: "0.0.0.0")
      server = TCPServer.new(bind, port)
      warn "== #{name} listening on #{bind}:#{port}"
      loop do
        Thread.start(server.accept) { |client| serve(client) }
      end
    end

    def self.serve(client)
      request = client.gets.to_s.split
      length = 0
      while (line = client.gets) && line != "\r\n"
        length = line.split(":", 2).last.to_i if line.downcase.start_with?("content-length:")
      end
      body = length.positive? ? client.read(length) : ""
      status, headers, out = call(request[0], request[1].to_s.split("?").first, body)
      client.write("HTTP/1.1 #{status} OK\r\n")
      headers.merge("Content-Length" => out.bytesize.to_s, "Connection" => "close").each { |k, v| client.write("#{k}: #{v}\r\n") }
      client.write("\r\n#{out}")
    ensure
      client.close
    end
  end
end
