from django.conf import settings
from django.http import JsonResponse


def healthz(request):
    # collectstatic ran at build time: the manifest of collected files must be in the image.
    collected = (settings.STATIC_ROOT / "catalog" / "site.css").is_file()
    return JsonResponse({"status": "ok" if collected else "static files missing"}, status=200 if collected else 500)


def index(request):
    return JsonResponse({"service": "shop"})
