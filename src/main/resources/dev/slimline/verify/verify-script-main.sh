# --- the run ---
echo "Building optimized images..."
build_all

if [ "$FAILURES" = 0 ]; then
  $COMPOSE -f docker-compose.verify.yml -p "$PROJECT" up -d >/dev/null 2>&1 || {
    fail "compose up failed"; $COMPOSE -f docker-compose.verify.yml -p "$PROJECT" up -d 2>&1 | evidence; }
  echo
  echo "Health checks:"
  check_all
  echo
  echo "Security checks:"
  security_checks
fi

echo
echo "Size comparison:"
for line in "${SIZE_LINES[@]}"; do echo "  $line"; done
if [ "$TOTAL_BEFORE" -gt 0 ]; then
  echo "  Total before: $(human "$TOTAL_BEFORE")"
  echo "  Total after:  $(human "$TOTAL_AFTER")"
  echo "  Saved: $(human $((TOTAL_BEFORE - TOTAL_AFTER))) ($(( (TOTAL_BEFORE - TOTAL_AFTER) * 100 / TOTAL_BEFORE ))%)"
fi
echo
if [ "$FAILURES" = 0 ]; then echo "All checks passed."; exit 0; fi
echo "$FAILURES check(s) failed."
exit 1
