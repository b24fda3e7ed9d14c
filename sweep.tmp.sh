#!/bin/bash
# Eval over dev + conversations + retired blind batches (a, b, c); prints headline figures.
npm run eval -- --file evals/dev.jsonl --file evals/conversations.jsonl --file evals/heldout-2026-12-06.jsonl --file evals/heldout-conversations-2026-12-06.jsonl --file evals/heldout-2026-12-06b.jsonl --file evals/heldout-conversations-2026-12-06b.jsonl --file evals/heldout-2026-12-06c.jsonl --file evals/heldout-conversations-2026-12-06c.jsonl --failures > /tmp/sweep-$1.txt 2>&1
grep "Eval set\|key fact\|wrong-answer\|follow-up turns\|routing acc\|escalated recall" /tmp/sweep-$1.txt | sed 's/(target.*)//' | awk '/Eval set/{printf "\n%s", $3; next}{printf " | %s %s %s", $2" "$3, $(NF-1), $NF}'; echo
