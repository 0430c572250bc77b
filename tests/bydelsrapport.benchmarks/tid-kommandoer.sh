#!/usr/bin/env bash
# Times the whole command as a process, JIT and Native AOT, on the repo's data and on 15 synthetic
# bydeler × 5 years. Outside README's test command; prints medians and ratios measured in one run.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish cli -c Release -o "$work/jit" -v q -nologo >/dev/null
dotnet publish cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v q -nologo >/dev/null
syntetisk=$(dotnet run -c Release --project tests/bydelsrapport.benchmarks -- lag-data 15 5)
trap 'rm -rf "$work" "$syntetisk"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
tid() { # command... -> median milliseconds
  for _ in $(seq "$runs"); do
    local t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "feilet: $*" >&2; exit 1; }; echo $(( ($(date +%s%N) - t0) / 1000000 ))
  done | median
}

declare -A ms
for kind in jit aot; do
  if [ $kind = jit ]; then exe=(dotnet "$work/jit/bydelsrapport.dll"); else exe=("$work/aot/bydelsrapport"); fi
  ms[$kind-validate-en]=$(tid "${exe[@]}" validate --data data --bydel gamle-oslo)
  rm -rf "$work/data-$kind"; cp -r data "$work/data-$kind"
  ms[$kind-build-repo]=$(tid "${exe[@]}" build --data "$work/data-$kind" --ut "$work/ut-$kind")
  ms[$kind-build-75]=$(tid "${exe[@]}" build --data "$syntetisk" --ut "$work/ut75-$kind")
done

printf '%-36s %8s %8s %9s\n' "måling (median av $runs, ms)" JIT AOT "AOT/JIT"
for m in validate-en build-repo build-75; do
  j=${ms[jit-$m]}; a=${ms[aot-$m]}
  printf '%-36s %8s %8s %9s\n' "$m" "$j" "$a" "$(awk -v a="$a" -v j="$j" 'BEGIN {printf "%.2f", a/j}')"
done
yaml=$(find "$syntetisk" -name '*.yaml' -not -path '*/katalog/*' -not -name baseline.yaml -exec cat {} + | wc -c)
html=$(find "$work/ut75-aot" -name index.html -path '*/20*' -exec cat {} + | wc -c)
echo "build-75: 75 rapporter (15 bydeler × 5 år, de fire bydelene etter tur): $((yaml / 1000000)) MB YAML inn, $((html / 1000000)) MB rapport-HTML ut, i tillegg Markdown og nettstedet."
echo "Hugo-referansen (conventions.md §6): 4,1–4,6 s for 75 rapporter, 22 MB YAML inn, 26 MB HTML ut."
awk -v a="${ms[aot-build-75]}" -v y="$yaml" 'BEGIN {
  printf "AOT build-75 mot Hugo: %.2f–%.2f (mål: ≤ 0,5)\n", a / 4600, a / 4100
  printf "skalert til 22 MB YAML: %.0f ms, %.2f–%.2f av Hugos tid\n", a * 22e6 / y, a * 22e6 / y / 4600, a * 22e6 / y / 4100 }'
