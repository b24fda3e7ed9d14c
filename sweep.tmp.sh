for w in "$@"; do
  echo "== LACK $w"
  ZHICE_LACK=$w npm run eval -- --file evals/dev.jsonl --file evals/conversations.jsonl --file evals/heldout-2026-12-06b.jsonl --file evals/heldout-conversations-2026-12-06b.jsonl --file evals/heldout-2026-12-06.jsonl --file evals/heldout-conversations-2026-12-06.jsonl 2>&1 | grep "Eval\|key fact\|wrong-answer\|follow-up turns\|hit@1"
done
