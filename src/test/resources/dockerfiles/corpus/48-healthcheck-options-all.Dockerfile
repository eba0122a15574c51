FROM nginx:1.25
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 \
  CMD curl -f http://localhost/ || exit 1
