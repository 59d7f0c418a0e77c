#!/usr/bin/env bash
# Build cost of a client project: a plain console project against the same project referencing the SpecGen package
# with all four bundled specs, built interleaved (plain, specgen, plain, specgen, ...), medians over N runs.
#
#   tests/SpecGen.Benchmarks/build-cost.sh [runs=5] [specs=mocean-v1;mocean-v2;mobtexting-v2;oca-v1] [extra properties]
#
# The package is packed from this repository into a local folder feed (nothing leaves the machine); restores use a
# private NuGet cache so a repacked 1.0.0 is never confused with an older one. Builds run with the compiler server off
# (-p:UseSharedCompilation=false, as on CI) and no MSBuild node reuse. Measured, per project:
#   full        dotnet build --no-restore --no-incremental      (restore done once beforehand)
#   incremental touch Program.cs; dotnet build --no-restore
# Extra arguments are passed to the SpecGen client's builds, e.g. -p:SpecGenPrecompiledBindings=false to compare
# with the generator compiling the bundled specs.
set -euo pipefail

RUNS="${1:-5}"
SPECS="${2:-mocean-v1;mocean-v2;mobtexting-v2;oca-v1}"
shift $(( $# > 2 ? 2 : $# )) || true
EXTRA=("$@")

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${SPECGEN_BUILD_COST_DIR:-$(mktemp -d /tmp/specgen-build-cost.XXXXXX)}"
FEED="$WORK/feed"
export NUGET_PACKAGES="$WORK/packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
BUILD=(--no-restore -nodeReuse:false -p:UseSharedCompilation=false -clp:ErrorsOnly -v:q)

echo "work folder: $WORK"
echo "load average before: $(cat /proc/loadavg)"

echo "packing SpecGen from $ROOT ..."
mkdir -p "$FEED"
dotnet pack "$ROOT/src/SpecGen/SpecGen.csproj" -c Release -o "$FEED" -v:q -clp:ErrorsOnly

make_project() { # name, extra csproj content
  local dir="$WORK/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  cat > "$dir/$1.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
$2
</Project>
EOF
  cat > "$dir/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$FEED" />
  </packageSources>
</configuration>
EOF
  echo 'Console.WriteLine("hello");' > "$dir/Program.cs"
  # Outside the repository: no Directory.Build.props / Directory.Packages.props of ours applies.
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Build.targets"
  echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$dir/Directory.Packages.props"
}

make_project Plain ""
make_project Client "  <PropertyGroup><SpecGenSpecs>$SPECS</SpecGenSpecs></PropertyGroup>
  <ItemGroup><PackageReference Include=\"SpecGen\" Version=\"1.0.0\" /></ItemGroup>"
# The client uses the bindings, so that the build is not trimmed to nothing.
if [[ "$SPECS" == *mocean-v2* ]]; then
  echo 'Console.WriteLine(new Mocean.V2.SendSmsRequest { From = "MOCEAN", To = ["60123456789"], Text = "hi" }.ToForm());' > "$WORK/Client/Program.cs"
fi

for p in Plain Client; do
  dotnet restore "$WORK/$p" -v:q >/dev/null
  dotnet build "$WORK/$p" "${BUILD[@]}" >/dev/null   # warm-up (first build pays one-time costs)
done

time_build() { # project, kind
  local dir="$WORK/$1" extra=()
  [[ "$1" == Client ]] && extra=("${EXTRA[@]+"${EXTRA[@]}"}")
  local start end
  if [[ "$2" == full ]]; then
    start=$(date +%s%N); dotnet build "$dir" "${BUILD[@]}" --no-incremental "${extra[@]+"${extra[@]}"}" >/dev/null; end=$(date +%s%N)
  else
    touch "$dir/Program.cs"
    start=$(date +%s%N); dotnet build "$dir" "${BUILD[@]}" "${extra[@]+"${extra[@]}"}" >/dev/null; end=$(date +%s%N)
  fi
  echo $(( (end - start) / 1000000 ))
}

declare -A times
loads=()
for ((i = 1; i <= RUNS; i++)); do
  for kind in full incremental; do
    # Alternate which project goes first, so that neither always follows the other.
    if (( i % 2 )); then order=(Plain Client); else order=(Client Plain); fi
    for p in "${order[@]}"; do times[$p.$kind]+="$(time_build "$p" "$kind") "; done
  done
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  echo "run $i (ms): plain full ${times[Plain.full]% }; client full ${times[Client.full]% }; plain incremental ${times[Plain.incremental]% }; client incremental ${times[Client.incremental]% } (load ${loads[-1]})"
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo
echo "SpecGenSpecs=$SPECS ${EXTRA[*]+"${EXTRA[*]}"}; $RUNS interleaved runs; compiler server off"
echo "load average (1 min) after each run: ${loads[*]}; now: $(cat /proc/loadavg)"
printf '| build | plain console (ms, median) | SpecGen client (ms, median) | ratio | plain runs | client runs |\n| --- | ---: | ---: | ---: | --- | --- |\n'
for kind in full incremental; do
  p=$(echo "${times[Plain.$kind]}" | median)
  c=$(echo "${times[Client.$kind]}" | median)
  ratio=$(awk -v c="$c" -v p="$p" 'BEGIN { printf "%.2f", c / p }')
  printf '| %s | %s | %s | **%s** | %s | %s |\n' "$kind" "$p" "$c" "$ratio" "${times[Plain.$kind]% }" "${times[Client.$kind]% }"
done

# Analyzer cost (issue: the analyzers must stay under 5% of a client's compile): one more full build of the client
# with the compiler's analyzer report, comparing SpecGen's analyzers and generator with the whole Csc task.
report=$(dotnet build "$WORK/Client" --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false \
  -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary "${EXTRA[@]+"${EXTRA[@]}"}" 2>&1)
csc_ms=$(grep -E '^ +[0-9]+ ms +Csc +' <<<"$report" | awk '{ print $1 }' | head -1)
seconds_of() { grep -E "^ +[0-9.<]+ +[0-9<]+ +$1, Version" <<<"$report" | awk '{ gsub("<", "", $1); print $1 }' | head -1; }
analyzers_s=$(seconds_of SpecGen.Analyzers); generator_s=$(seconds_of SpecGen.Generator)
echo
echo "one client build with -p:ReportAnalyzer=true (load $(cut -d' ' -f1 /proc/loadavg)):"
awk -v csc="${csc_ms:-0}" -v a="${analyzers_s:-0}" -v g="${generator_s:-0}" 'BEGIN {
  printf "| part | time (ms) | share of Csc |\n| --- | ---: | ---: |\n";
  printf "| Csc task (whole compile) | %d | 100%% |\n", csc;
  if (csc > 0) {
    printf "| SpecGen.Analyzers | %.0f | %.2f%% |\n", a * 1000, 100 * a * 1000 / csc;
    printf "| SpecGen.Generator | %.0f | %.2f%% |\n", g * 1000, 100 * g * 1000 / csc;
  }
}'
