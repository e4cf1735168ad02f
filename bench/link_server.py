#!/usr/bin/env python3
"""Benchmark server for the link check: answers every GET or HEAD with 200 after LATENCY ms,
on PORT of 127.0.0.1 … 127.0.0.HOSTS (20 "hosts" on loopback), with keep-alive. Prints
`ready` when listening; on SIGTERM writes the number of requests it answered to COUNT_FILE.

usage: bench/link_server.py PORT HOSTS LATENCY_MS COUNT_FILE
"""
import asyncio
import signal
import sys

COUNT = 0


async def handle(reader, writer, latency):
    global COUNT
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            method = head.split(b" ", 1)[0]
            await asyncio.sleep(latency)
            COUNT += 1
            body = b"<html><body>ok</body></html>"
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body))
            if method != b"HEAD":
                writer.write(body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def main():
    port, hosts, latency = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) / 1000
    servers = [await asyncio.start_server(lambda r, w: handle(r, w, latency), f"127.0.0.{i}", port, backlog=512)
               for i in range(1, hosts + 1)]
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print("ready", flush=True)
    await stop.wait()
    with open(sys.argv[4], "w") as count_file:
        count_file.write(f"{COUNT}\n")
    for server in servers:
        server.close()


asyncio.run(main())
