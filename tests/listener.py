"""A loopback TCP listener for tests that check nothing reaches out over the network."""

import socket
import socketserver
import threading


class Listener(socketserver.TCPServer):
    """A plain TCP server on loopback, in a thread, that records who connected, in order."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Visit)
        self.url = f"http://127.0.0.1:{self.server_address[1]}/"
        self.visitors: list[int] = []  # the client port of each connection, in order of arrival
        self.arrived = threading.Condition()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.start()

    def visits_before_now(self) -> list[int]:
        """The connections made before this call: it connects last itself and waits to be seen.

        Connections are accepted in the order they were made, so no waiting on a clock: anything
        that connected before the server answered is ahead of this one.
        """
        with socket.create_connection(self.server_address) as marker:
            port = marker.getsockname()[1]
            with self.arrived:
                assert self.arrived.wait_for(lambda: port in self.visitors, timeout=10)
        return self.visitors[: self.visitors.index(port)]

    def close(self) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join()


class _Visit(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        with self.server.arrived:
            self.server.visitors.append(self.client_address[1])
            self.server.arrived.notify_all()
