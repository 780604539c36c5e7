"""A mail server of the test's own on 127.0.0.1, in a thread, that can misbehave on purpose.

`answering()`: speaks just enough SMTP (EHLO, MAIL, RCPT, DATA, QUIT) and keeps what it is
sent. `hanging()`: accepts each connection and never says a word, as a stuck server does.
`refusing_recipients()`: answers, but turns every recipient down with a temporary 451.
"""

import email
import socket
import threading


class SmtpServer:
    def __init__(self):
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self.mode = "answer"
        self.connections = 0
        self.messages = []
        self._closed = threading.Event()
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def answering(self):
        self.mode = "answer"

    def hanging(self):
        self.mode = "hang"

    def refusing_recipients(self):
        self.mode = "refuse"

    def close(self):
        self._closed.set()
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    def recipients(self):
        return sorted(address for message in self.messages for address in message["To"].split(", "))

    def _accept(self):
        while not self._closed.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            thread = threading.Thread(target=self._talk, args=(conn, self.mode), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _talk(self, conn, mode):
        with conn:
            if mode == "hang":
                # Accepted, and silent until the test ends: the client must give up by itself.
                self._closed.wait()
                return
            conn.settimeout(5)
            reader = conn.makefile("rb")
            conn.sendall(b"220 uji.local ESMTP\r\n")
            while not self._closed.is_set():
                line = reader.readline()
                if not line:
                    return
                command = line[:4].upper()
                if command in (b"EHLO", b"HELO"):
                    conn.sendall(b"250 uji.local\r\n")
                elif command == b"RCPT" and mode == "refuse":
                    conn.sendall(b"451 4.3.0 Kotak surat sementara tidak tersedia\r\n")
                elif command in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                    conn.sendall(b"250 OK\r\n")
                elif command == b"DATA":
                    conn.sendall(b"354 Akhiri dengan titik\r\n")
                    self.messages.append(email.message_from_bytes(self._data(reader)))
                    conn.sendall(b"250 OK diterima\r\n")
                elif command == b"QUIT":
                    conn.sendall(b"221 Sampai jumpa\r\n")
                    return
                else:
                    conn.sendall(b"502 Perintah tidak dikenal\r\n")

    @staticmethod
    def _data(reader):
        lines = []
        for line in iter(reader.readline, b""):
            if line == b".\r\n":
                break
            lines.append(line[1:] if line.startswith(b"..") else line)
        return b"".join(lines)
