#!/usr/bin/env bash
# npm run test:slurm — opt-in: runs a qnet sweep as a real Slurm array job on this machine and checks that the merged
# shards are byte-identical to one unsharded run. Needs root (it installs Debian's slurm-wlm and munge when missing and
# starts munged, slurmctld and slurmd for a one-node cluster under a temporary directory). Prints SKIPPED and exits 0
# when the scheduler cannot run here; exits 1 when it ran and the result differs.
set -uo pipefail

cd "$(dirname "$0")/.."
PROJECT=$(pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/qnet-slurm-XXXXXX")
SCENARIO=examples/bb84-50km.json
SWEEP=(--set links.fiber-1.params.lengthKm=10:200:20 --set requests.key-1.decoyMethod=infinite,none)
ARRAY=0-3
MUNGE_PID=""

skip() { echo "SKIPPED: $*" >&2; cleanup; rm -rf "$WORK"; exit 0; }
fail() { echo "FAILED: $*" >&2; cleanup; exit 1; }
log() { echo "[slurm-test] $*"; }

cleanup() {
  local pids=()
  for pidfile in "$WORK/slurmctld.pid" "$WORK/slurmd.pid"; do
    [[ -f "$pidfile" ]] && pids+=("$(cat "$pidfile")")
  done
  [[ -n "$MUNGE_PID" ]] && pids+=("$MUNGE_PID")
  if [[ -n "${SLURM_CONF:-}" && -f "$SLURM_CONF" ]]; then scontrol shutdown >/dev/null 2>&1 || true; fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # Wait for the daemons we started to finish writing their state before the directory goes.
  for _ in $(seq 1 50); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [[ $alive == 0 ]] && break
    sleep 0.2
  done
}

[[ "$(uname -s)" == Linux ]] || skip "Slurm needs Linux (this is $(uname -s))"
[[ "$(id -u)" == 0 ]] || skip "needs root to install and start munged, slurmctld and slurmd (run as root, e.g. in a container)"

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  command -v apt-get >/dev/null || skip "slurm-wlm and munge are missing and there is no apt-get to install them"
  log "installing slurm-wlm and munge from Debian…"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -q && apt-get install -y -q slurm-wlm munge; } >"$WORK/apt.log" 2>&1 || skip "apt-get could not install slurm-wlm and munge (last line: $(tail -1 "$WORK/apt.log"))"
fi
log "$(slurmctld -V)"

# munge: the key the Debian package made, or a new one; our own munged on its own socket so a running one is untouched.
KEY=/etc/munge/munge.key
if [[ ! -s "$KEY" ]]; then
  mkdir -p /etc/munge && dd if=/dev/urandom of="$KEY" bs=1 count=1024 status=none && chown munge:munge "$KEY" 2>/dev/null; chmod 400 "$KEY"
fi
SOCKET="$WORK/munge/munge.socket"
mkdir -p "$WORK/munge"
chown munge:munge "$WORK/munge" 2>/dev/null || true
chmod 755 "$WORK"
if id munge >/dev/null 2>&1; then
  runuser -u munge -- munged --socket="$SOCKET" --pid-file="$WORK/munge/munged.pid" --log-file="$WORK/munge/munged.log" --seed-file="$WORK/munge/munged.seed" --key-file="$KEY" >"$WORK/munged.out" 2>&1 \
    || skip "munged did not start: $(tail -1 "$WORK/munged.out")"
else
  munged --force --socket="$SOCKET" --pid-file="$WORK/munge/munged.pid" --log-file="$WORK/munge/munged.log" --seed-file="$WORK/munge/munged.seed" --key-file="$KEY" >"$WORK/munged.out" 2>&1 \
    || skip "munged did not start: $(tail -1 "$WORK/munged.out")"
fi
sleep 0.5
MUNGE_PID=$(cat "$WORK/munge/munged.pid" 2>/dev/null || true)
munge -n --socket="$SOCKET" | unmunge --socket="$SOCKET" >/dev/null 2>&1 || skip "munge cannot encode and decode a credential on $SOCKET"

HOST=$(hostname -s)
CPUS=$(nproc)
mkdir -p "$WORK/state" "$WORK/spool"
export SLURM_CONF="$WORK/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=qnet-test
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
AuthType=auth/munge
AuthInfo=socket=$SOCKET
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS State=UNKNOWN
PartitionName=qnet Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

log "starting slurmctld and slurmd ($HOST, $CPUS CPUs, config $SLURM_CONF)…"
slurmctld >"$WORK/slurmctld.out" 2>&1 || skip "slurmctld did not start: $(tail -1 "$WORK/slurmctld.out") $(tail -1 "$WORK/slurmctld.log" 2>/dev/null)"
slurmd >"$WORK/slurmd.out" 2>&1 || skip "slurmd did not start: $(tail -1 "$WORK/slurmd.out") $(tail -1 "$WORK/slurmd.log" 2>/dev/null)"
for _ in $(seq 1 60); do
  STATE=$(sinfo -h -n "$HOST" -o %t 2>/dev/null | head -1)
  [[ "$STATE" == idle* || "$STATE" == mix* ]] && break
  sleep 1
done
[[ "$STATE" == idle* || "$STATE" == mix* ]] || skip "the node never became idle (state '${STATE:-none}'); slurmd log: $(tail -1 "$WORK/slurmd.log" 2>/dev/null)"
log "node $HOST is $STATE"

OUT="$WORK/shards"
JOB=$(sbatch --parsable --array="$ARRAY" --chdir="$PROJECT" --output="$WORK/job-%A_%a.out" --error="$WORK/job-%A_%a.err" \
  --export=ALL --cpus-per-task=1 "$PROJECT/docs/cli/sweep.sbatch" "$SCENARIO" "$OUT" "${SWEEP[@]}") || fail "sbatch refused the job"
log "submitted array job $JOB ($ARRAY)"
for _ in $(seq 1 600); do
  [[ -z "$(squeue -h -j "$JOB" 2>/dev/null)" ]] && break
  sleep 1
done
[[ -z "$(squeue -h -j "$JOB" 2>/dev/null)" ]] || fail "array job $JOB still queued or running after 10 minutes: $(squeue -h -j "$JOB")"
for err in "$WORK"/job-*.err; do [[ -s "$err" ]] && log "$(basename "$err"): $(tail -1 "$err")"; done
log "shards written: $(ls "$OUT" 2>/dev/null | grep -c manifest.json) manifests in $OUT"

node --import tsx src/cli/main.ts merge "$OUT" --out "$WORK/merged.csv" || fail "qnet merge refused the shards"
node --import tsx src/cli/main.ts sweep "$SCENARIO" "${SWEEP[@]}" >"$WORK/single.csv" || fail "the unsharded sweep failed"
if cmp -s "$WORK/merged.csv" "$WORK/single.csv"; then
  log "PASS: 4 Slurm array tasks merged byte-identical to one unsharded run ($(($(wc -l <"$WORK/single.csv") - 1)) points, sha256 $(sha256sum "$WORK/single.csv" | cut -c1-16)…)"
  cleanup
  rm -rf "$WORK"
  exit 0
fi
fail "merged output differs from the unsharded run (kept in $WORK)"
