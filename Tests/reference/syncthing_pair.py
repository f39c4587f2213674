#!/usr/bin/env python3
"""Two Syncthing instances on 127.0.0.1 sharing one folder, for the shared-folder end-to-end test.

  syncthing_pair.py start WORK DIR_A DIR_B   generates both homes, writes their configs, starts both;
                                             prints the two process ids
Only loopback: global discovery, local announcements, relays and NAT traversal are off; each knows the
other's static address. Files that belong to one machine (.backup, locks, temporary files) are ignored.
"""
import os, re, socket, subprocess, sys, secrets

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port

def device_id(home):
    out = subprocess.run(["syncthing", "generate", f"--home={home}"], capture_output=True, text=True)
    m = re.search(r"Device ID: ([A-Z0-9-]+)", out.stdout + out.stderr)
    if not m:
        sys.exit("syncthing generate gave no device id:\n" + out.stdout + out.stderr)
    return m.group(1)

CONFIG = """<configuration version="{version}">
  <folder id="knooppunt" label="knooppunt" path="{path}" type="sendreceive" rescanIntervalS="2"
          fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    <device id="{me}"></device>
    <device id="{other}"></device>
    <minDiskFree unit="%">0</minDiskFree>
  </folder>
  <device id="{me}" name="{name}" compression="metadata"><address>dynamic</address></device>
  <device id="{other}" name="peer" compression="metadata"><address>tcp://127.0.0.1:{other_port}</address></device>
  <gui enabled="true" tls="false"><address>127.0.0.1:{gui}</address><apikey>{key}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
  </options>
</configuration>
"""

def main():
    if len(sys.argv) != 5 or sys.argv[1] != "start":
        sys.exit(__doc__)
    work, a, b = sys.argv[2], sys.argv[3], sys.argv[4]
    homes = [os.path.join(work, "home-a"), os.path.join(work, "home-b")]
    ids = [device_id(h) for h in homes]
    ports = [free_port(), free_port()]
    pids = []
    for i, (home, path) in enumerate(zip(homes, [a, b])):
        # The config version this Syncthing writes itself, so any packaged version accepts the file.
        generated = open(os.path.join(home, "config.xml")).read()
        version = (re.search(r'<configuration version="(\d+)"', generated) or re.search("(3[0-9])", "36")).group(1)
        with open(os.path.join(home, "config.xml"), "w") as f:
            f.write(CONFIG.format(version=version, path=os.path.abspath(path), me=ids[i], other=ids[1 - i], name=f"laptop-{i}",
                                  other_port=ports[1 - i], port=ports[i], gui=free_port(), key=secrets.token_hex(16)))
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, ".stignore"), "w") as f:
            f.write(".backup\n.*.lock\n.*.tmp-*\n")
        log = open(os.path.join(work, f"syncthing-{i}.log"), "w")
        env = dict(os.environ, STNODEFAULTFOLDER="1", STNOUPGRADE="1")
        p = subprocess.Popen(["syncthing", "serve", f"--home={home}", "--no-browser", "--no-restart"],
                             stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        pids.append(str(p.pid))
    print(" ".join(pids))

main()
