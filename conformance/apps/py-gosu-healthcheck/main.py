"""Upload spool: files land in /var/spool/uploads, owned by the app user the entrypoint drops to."""
import os
import pathlib
import uuid

from fastapi import FastAPI, Request

SPOOL = pathlib.Path(os.environ.get("SPOOL_DIR", "/var/spool/uploads"))
app = FastAPI()


@app.get("/health")
def health():
    marker = SPOOL / ".probe"
    marker.write_text("ok")
    return {"ok": True, "uid": os.getuid(), "files": len(list(SPOOL.iterdir())) - 1}


@app.post("/upload")
async def upload(request: Request):
    name = uuid.uuid4().hex
    (SPOOL / name).write_bytes(await request.body())
    return {"name": name}
