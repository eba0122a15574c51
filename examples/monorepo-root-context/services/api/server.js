// A small API that answers with the shared library's settings and the version the build passed.
const http = require("http");
const path = require("path");
const common = require(path.join(__dirname, "..", "..", "libs", "common", "greeting.json"));

const port = Number(process.env.PORT || 8080);
http.createServer((req, res) => {
  if (req.url === "/health") {
    res.writeHead(200, {"content-type": "application/json"});
    res.end(JSON.stringify({status: "ok", service: "api", version: process.env.APP_VERSION, ...common}));
    return;
  }
  res.writeHead(404, {"content-type": "application/json"});
  res.end(JSON.stringify({error: "not found"}));
}).listen(port, () => console.log(`api listening on ${port}`));
