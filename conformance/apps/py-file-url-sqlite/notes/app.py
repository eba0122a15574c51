"""Notes service: SQLite file in DATA_DIR (a volume), written on every request to /health."""
import os

from flask import Flask, jsonify, request
from slugkit import slugify
from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

DATA_DIR = os.environ.get("DATA_DIR", "/srv/notes/data")
engine = create_engine(f"sqlite:///{DATA_DIR}/notes.db")
Base = declarative_base()


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    slug = Column(String(200), unique=True)
    body = Column(String)


Base.metadata.create_all(engine)
app = Flask(__name__)


@app.get("/health")
def health():
    with Session(engine) as s:
        s.merge(Note(id=1, slug="health-check", body="written by the probe"))
        s.commit()
        return jsonify(ok=True, notes=s.query(Note).count())


@app.post("/notes")
def add():
    with Session(engine) as s:
        note = Note(slug=slugify(request.json["title"]), body=request.json.get("body", ""))
        s.add(note)
        s.commit()
        return jsonify(id=note.id, slug=note.slug), 201
