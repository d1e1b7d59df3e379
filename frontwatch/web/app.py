"""The web app: the map page at / and the JSON API at /api, over one store file.

``create_app(db_path)`` is read-only: it opens the store with ``mode=ro`` and has no write route.
``writable=True`` adds ``POST /api/ingest`` (one article through the real ingest).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from frontwatch.web import api
from frontwatch.web.context import WebContext

STATIC = Path(__file__).resolve().parent / "static"


def _csp(tile_url: str) -> str:
    """Content-Security-Policy of the page: scripts only from the package, no inline code."""
    images = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tile_url else parts.netloc
        images += f" {parts.scheme}://{host}"
    return (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("frontwatch")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0"


def create_app(db_path: str | Path, *, writable: bool = False, tile_url: str = "") -> FastAPI:
    """The FastAPI app serving the map and the API over the store at ``db_path``."""
    path = Path(db_path)
    if not path.exists():
        raise FileNotFoundError(f"no store at {path} (build one with `frontwatch ingest` or `frontwatch demo`)")
    app = FastAPI(
        title="frontwatch",
        version=_version(),
        description="Sourced events, figures and control from news reports, with every claim's source and quote.",
    )
    app.state.web = WebContext(path, writable=writable, tile_url=tile_url)
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    csp = _csp(tile_url)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(page, headers={"Content-Security-Policy": csp})

    @app.middleware("http")
    async def harden(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    app.include_router(api.router)
    if writable:
        _add_write_routes(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _add_write_routes(app: FastAPI) -> None:
    from frontwatch.web.writes import router

    app.include_router(router)
