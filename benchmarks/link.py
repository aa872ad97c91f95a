"""An emulated network link for the benchmarks: a TCP relay on 127.0.0.1 with a bandwidth limit and
a round-trip delay, so figure (a) can also be measured the way a user meets it (a mail provider
over home broadband) and not only over loopback, where every byte is free.

    with Link(dovecot_port, mbit=50, rtt_ms=20) as port:   # connect to 127.0.0.1:port instead
        ...

Each direction delivers a chunk half a round trip after it was read, and no faster than the
bandwidth allows (a token bucket per direction: queued chunks go out back to back). Data is
relayed unchanged; it only takes longer.
"""

from __future__ import annotations

import asyncio
import socket
import threading


class Link:
    def __init__(self, target_port: int, mbit: float = 50.0, rtt_ms: float = 20.0, host: str = "127.0.0.1"):
        self.target = (host, target_port)
        self.rate = mbit * 1e6 / 8  # bytes per second, each direction
        self.delay = rtt_ms / 2000  # one way, seconds
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._server: asyncio.AbstractServer | None = None

    def __enter__(self) -> int:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the emulated link did not start")
        return self.port

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self._server = self._loop.run_until_complete(asyncio.start_server(self._client, sock=sock))
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            self._server.close()
            self._loop.close()

    async def _client(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter) -> None:
        try:
            s_reader, s_writer = await asyncio.open_connection(*self.target)
        except OSError:
            c_writer.close()
            return
        await asyncio.gather(self._pipe(c_reader, s_writer), self._pipe(s_reader, c_writer), return_exceptions=True)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def receive() -> None:
            while True:
                data = await reader.read(65536)
                await queue.put((loop.time() + self.delay, data))
                if not data:
                    return

        async def send() -> None:
            free = 0.0  # when the link has sent everything queued before
            while True:
                due, data = await queue.get()
                if not data:
                    writer.close()
                    return
                free = max(free, due) + len(data) / self.rate
                wait = free - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()

        await asyncio.gather(receive(), send())
