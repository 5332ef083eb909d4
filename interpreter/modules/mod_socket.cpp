// The socket module: TCP, Unix-domain socketpair and their blocking calls, which release the GIL while they wait.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fmt/format.h>

#include "modules/modules.hpp"
#include "objects/bytes.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/number.hpp"
#include "objects/opaque.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "runtime/clock.hpp"
#include "vm/args.hpp"
#include "vm/blocking.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

// A socket: its descriptor and Python's timeout mode (negative: blocking, no timeout;
// 0: non-blocking; positive: each call waits at most that long, then TimeoutError).
// The descriptor itself always stays blocking-capable; timeouts are done with poll().
struct SocketState {
    int fd = -1;
    int family = AF_INET;
    int type = SOCK_STREAM;
    double timeout = -1;
};

std::string socket_repr(OpaqueObj* self);
void socket_finalize(OpaqueObj* self) {
    auto* s = static_cast<SocketState*>(self->payload);
    if (s->fd >= 0) ::close(s->fd);
    delete s;
}
const OpaqueHooks kSocketHooks{"socket", nullptr, socket_finalize, socket_repr};

std::string socket_repr(OpaqueObj* self) {
    auto* s = static_cast<SocketState*>(self->payload);
    if (s->fd < 0) return fmt::format("<socket.socket [closed] fd=-1, family={}, type={}, proto=0>", s->family, s->type);
    return fmt::format("<socket.socket fd={}, family={}, type={}, proto=0>", s->fd, s->family, s->type);
}


SocketState& self_socket(ThreadState& ts, Value self, const char* method) {
    if (!is_opaque(self, &kSocketHooks))
        type_error(ts, "descriptor '{}' for 'socket' objects doesn't apply to a '{}' object", method, type_name(ts.interp, self));
    auto* s = static_cast<SocketState*>(self.as<OpaqueObj>()->payload);
    return *s;
}

SocketState& open_socket(ThreadState& ts, Value self, const char* method) {
    SocketState& s = self_socket(ts, self, method);
    if (s.fd < 0) raise_os_error(ts, EBADF);
    return s;
}

Value wrap(Interp& I, int fd, int family, int type, double timeout) {
    auto* s = new SocketState{fd, family, type, timeout};
    return Value::from_obj(I.heap.make<OpaqueObj>(I.types.socket, &kSocketHooks, s));
}

// Waits until `fd` is ready for `events` within the socket's timeout, without the GIL.
// Returns 0 when ready, ETIMEDOUT, or an errno; a SIGINT ends the wait (EINTR) and the
// caller's check of the eval breaker raises KeyboardInterrupt.
int wait_ready(ThreadState& ts, const SocketState& s, short events) {
    if (s.timeout < 0) return 0;
    if (s.timeout == 0) return 0; // non-blocking: the call itself says EAGAIN
    int64_t deadline = clock::monotonic_ns() + int64_t(s.timeout * 1e9);
    for (;;) {
        int64_t left_ms = (deadline - clock::monotonic_ns() + 999'999) / 1'000'000;
        if (left_ms <= 0) return ETIMEDOUT;
        pollfd p{s.fd, events, 0};
        int r;
        {
            BlockingRegion region(ts, WaitReason::Io);
            r = ::poll(&p, 1, int(std::min<int64_t>(left_ms, 1 << 30)));
        }
        if (r > 0) return 0;
        if (r == 0) return ETIMEDOUT;
        if (errno != EINTR) return errno;
        handle_eval_breaker(ts);
    }
}

[[noreturn]] void raise_timeout(ThreadState& ts) { raise_msg(ts, ts.interp.exc.TimeoutError, "timed out"); }

// Runs a blocking system call with the GIL released, retrying on EINTR (after giving a
// pending Ctrl-C the chance to raise) and applying the socket's timeout.
template <class Call> ssize_t blocking_call(ThreadState& ts, SocketState& s, short events, Call&& syscall_fn) {
    for (;;) {
        int w = wait_ready(ts, s, events);
        if (w == ETIMEDOUT) raise_timeout(ts);
        if (w) raise_os_error(ts, w);
        ssize_t r;
        int err;
        {
            BlockingRegion region(ts, WaitReason::Io);
            r = syscall_fn();
            err = errno;
        }
        if (r >= 0) return r;
        if (err == EINTR) {
            handle_eval_breaker(ts);
            continue;
        }
        if ((err == EAGAIN || err == EWOULDBLOCK) && s.timeout > 0) continue; // raced with another reader
        raise_os_error(ts, err);
    }
}

// ("host", port) -> sockaddr_in (resolving names like "localhost").
sockaddr_in inet_address(ThreadState& ts, Value addr, const char* fname) {
    if (!is_tuple(addr) || as_tuple(addr)->size != 2)
        type_error(ts, "{}(): AF_INET address must be tuple, not {}", fname, type_name(ts.interp, addr));
    Value host = as_tuple(addr)->items()[0], port = as_tuple(addr)->items()[1];
    if (!is_str(host)) type_error(ts, "str, bytes or bytearray expected, not {}", type_name(ts.interp, host));
    int64_t p = int_to_int64(ts, port);
    if (p < 0 || p > 65535) raise_msg(ts, ts.interp.exc.OverflowError, fmt::format("{}(): port must be 0-65535.", fname));
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(uint16_t(p));
    std::string h(as_str(host)->view());
    if (h.empty() || h == "0.0.0.0") {
        sa.sin_addr.s_addr = htonl(INADDR_ANY);
    } else if (inet_pton(AF_INET, h.c_str(), &sa.sin_addr) != 1) {
        addrinfo hints{}, *res = nullptr;
        hints.ai_family = AF_INET;
        int rc;
        {
            BlockingRegion region(ts, WaitReason::Io);
            rc = getaddrinfo(h.c_str(), nullptr, &hints, &res);
        }
        if (rc != 0 || !res) raise_msg(ts, ts.interp.exc.OSError, fmt::format("[Errno -2] {}", gai_strerror(rc)));
        sa.sin_addr = reinterpret_cast<sockaddr_in*>(res->ai_addr)->sin_addr;
        freeaddrinfo(res);
    }
    return sa;
}

Value inet_tuple(Interp& I, const sockaddr_in& sa) {
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &sa.sin_addr, buf, sizeof buf);
    return Value::from_obj(new_tuple(I, {Value::from_obj(new_str(I, buf)), Value::from_small(ntohs(sa.sin_port))}));
}

// ---------------------------------------------------------------- module functions

Value m_socket(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "socket", args, nargs, kw, {"family", "type", "proto", "fileno"}, 0);
    int family = a.has(0) ? int(int_to_int64(ts, a[0])) : AF_INET;
    int type = a.has(1) ? int(int_to_int64(ts, a[1])) : SOCK_STREAM;
    int proto = a.has(2) ? int(int_to_int64(ts, a[2])) : 0;
    int fd;
    if (a.has(3) && !a[3].is_none()) fd = int(int_to_int64(ts, a[3]));
    else fd = ::socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) raise_os_error(ts, errno);
    return wrap(ts.interp, fd, family, type, -1);
}

Value m_socketpair(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "socketpair", args, nargs, kw, {"family", "type", "proto"}, 0);
    int family = a.has(0) ? int(int_to_int64(ts, a[0])) : AF_UNIX;
    int type = a.has(1) ? int(int_to_int64(ts, a[1])) : SOCK_STREAM;
    int fds[2];
    if (::socketpair(family, type | SOCK_CLOEXEC, 0, fds) != 0) raise_os_error(ts, errno);
    Interp& I = ts.interp;
    Rooted first(ts, wrap(I, fds[0], family, type, -1));
    Value second = wrap(I, fds[1], family, type, -1);
    return Value::from_obj(new_tuple(I, {first.get(), second}));
}

Value m_gethostname(ThreadState& ts, Value*, size_t, TupleObj*) {
    char buf[256];
    if (gethostname(buf, sizeof buf) != 0) raise_os_error(ts, errno);
    buf[sizeof buf - 1] = 0;
    return Value::from_obj(new_str(ts.interp, buf));
}

// ---------------------------------------------------------------- socket methods

Value s_close(ThreadState& ts, Value* args, size_t, TupleObj*) {
    SocketState& s = self_socket(ts, args[0], "close");
    if (s.fd >= 0) {
        int fd = s.fd;
        s.fd = -1;
        BlockingRegion region(ts, WaitReason::Io);
        ::close(fd);
    }
    return Value::none();
}

Value s_enter(ThreadState&, Value* args, size_t, TupleObj*) { return args[0]; }
Value s_exit(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    s_close(ts, args, nargs, kw);
    return Value::false_();
}

Value s_fileno(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return Value::from_small(self_socket(ts, args[0], "fileno").fd);
}

Value s_send(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "send", kw);
    check_count(ts, "send", nargs - 1, 1, 2);
    SocketState& s = open_socket(ts, args[0], "send");
    if (!is_byteslike(args[1])) type_error(ts, "a bytes-like object is required, not '{}'", type_name(ts.interp, args[1]));
    std::string data(bytes_view(args[1])); // copied: the buffer may change while the GIL is free
    int flags = nargs > 2 ? int(int_to_int64(ts, args[2])) : 0;
    ssize_t n = blocking_call(ts, s, POLLOUT, [&] { return ::send(s.fd, data.data(), data.size(), flags | MSG_NOSIGNAL); });
    return make_int(ts.interp, int64_t(n));
}

Value s_sendall(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "sendall", kw);
    check_count(ts, "sendall", nargs - 1, 1, 2);
    SocketState& s = open_socket(ts, args[0], "sendall");
    if (!is_byteslike(args[1])) type_error(ts, "a bytes-like object is required, not '{}'", type_name(ts.interp, args[1]));
    std::string data(bytes_view(args[1]));
    int flags = nargs > 2 ? int(int_to_int64(ts, args[2])) : 0;
    size_t sent = 0;
    while (sent < data.size()) {
        ssize_t n = blocking_call(ts, s, POLLOUT, [&] {
            return ::send(s.fd, data.data() + sent, data.size() - sent, flags | MSG_NOSIGNAL);
        });
        sent += size_t(n);
    }
    return Value::none();
}

Value s_recv(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "recv", kw);
    check_count(ts, "recv", nargs - 1, 1, 2);
    SocketState& s = open_socket(ts, args[0], "recv");
    int64_t size = int_to_int64(ts, args[1]);
    if (size < 0) value_error(ts, "negative buffersize in recv");
    int flags = nargs > 2 ? int(int_to_int64(ts, args[2])) : 0;
    std::string buf(size_t(size), '\0');
    ssize_t n = blocking_call(ts, s, POLLIN, [&] { return ::recv(s.fd, buf.data(), buf.size(), flags); });
    buf.resize(size_t(n));
    return Value::from_obj(new_bytes(ts.interp, buf));
}

Value s_connect(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "connect", kw);
    check_count(ts, "connect", nargs - 1, 1, 1);
    SocketState& s = open_socket(ts, args[0], "connect");
    if (s.family != AF_INET) value_error(ts, "connect(): only AF_INET addresses are supported in gilt");
    sockaddr_in sa = inet_address(ts, args[1], "connect");
    int r, err;
    {
        BlockingRegion region(ts, WaitReason::Io);
        r = ::connect(s.fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
        err = errno;
    }
    if (r != 0) raise_os_error(ts, err);
    return Value::none();
}

Value s_bind(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "bind", kw);
    check_count(ts, "bind", nargs - 1, 1, 1);
    SocketState& s = open_socket(ts, args[0], "bind");
    if (s.family != AF_INET) value_error(ts, "bind(): only AF_INET addresses are supported in gilt");
    sockaddr_in sa = inet_address(ts, args[1], "bind");
    if (::bind(s.fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) raise_os_error(ts, errno);
    return Value::none();
}

Value s_listen(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "listen", kw);
    check_count(ts, "listen", nargs - 1, 0, 1);
    SocketState& s = open_socket(ts, args[0], "listen");
    int backlog = nargs > 1 ? int(int_to_int64(ts, args[1])) : 128;
    if (::listen(s.fd, std::max(backlog, 0)) != 0) raise_os_error(ts, errno);
    return Value::none();
}

Value s_accept(ThreadState& ts, Value* args, size_t, TupleObj*) {
    SocketState& s = open_socket(ts, args[0], "accept");
    sockaddr_in sa{};
    socklen_t len = sizeof sa;
    ssize_t fd = blocking_call(ts, s, POLLIN, [&] {
        return ssize_t(::accept4(s.fd, reinterpret_cast<sockaddr*>(&sa), &len, SOCK_CLOEXEC));
    });
    Interp& I = ts.interp;
    Rooted conn(ts, wrap(I, int(fd), s.family, s.type, s.timeout));
    Value addr = s.family == AF_INET ? inet_tuple(I, sa) : Value::from_obj(new_str(I, ""));
    return Value::from_obj(new_tuple(I, {conn.get(), addr}));
}

Value s_shutdown(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "shutdown", kw);
    check_count(ts, "shutdown", nargs - 1, 1, 1);
    SocketState& s = open_socket(ts, args[0], "shutdown");
    if (::shutdown(s.fd, int(int_to_int64(ts, args[1]))) != 0) raise_os_error(ts, errno);
    return Value::none();
}

Value s_setsockopt(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "setsockopt", kw);
    check_count(ts, "setsockopt", nargs - 1, 3, 3);
    SocketState& s = open_socket(ts, args[0], "setsockopt");
    int level = int(int_to_int64(ts, args[1])), opt = int(int_to_int64(ts, args[2]));
    int value = int(int_to_int64(ts, args[3]));
    if (::setsockopt(s.fd, level, opt, &value, sizeof value) != 0) raise_os_error(ts, errno);
    return Value::none();
}

Value sockname(ThreadState& ts, Value self, bool peer) {
    SocketState& s = open_socket(ts, self, peer ? "getpeername" : "getsockname");
    if (s.family != AF_INET) return Value::from_obj(new_str(ts.interp, ""));
    sockaddr_in sa{};
    socklen_t len = sizeof sa;
    int r = peer ? ::getpeername(s.fd, reinterpret_cast<sockaddr*>(&sa), &len)
                 : ::getsockname(s.fd, reinterpret_cast<sockaddr*>(&sa), &len);
    if (r != 0) raise_os_error(ts, errno);
    return inet_tuple(ts.interp, sa);
}
Value s_getsockname(ThreadState& ts, Value* args, size_t, TupleObj*) { return sockname(ts, args[0], false); }
Value s_getpeername(ThreadState& ts, Value* args, size_t, TupleObj*) { return sockname(ts, args[0], true); }

Value s_settimeout(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "settimeout", kw);
    check_count(ts, "settimeout", nargs - 1, 1, 1);
    SocketState& s = self_socket(ts, args[0], "settimeout");
    if (args[1].is_none()) {
        s.timeout = -1;
    } else {
        double t;
        if (!to_double(ts, args[1], &t)) type_error(ts, "Timeout value must be int, float or None");
        if (t < 0) value_error(ts, "Timeout value out of range");
        s.timeout = t;
    }
    return Value::none();
}

Value s_gettimeout(ThreadState& ts, Value* args, size_t, TupleObj*) {
    SocketState& s = self_socket(ts, args[0], "gettimeout");
    return s.timeout < 0 ? Value::none() : make_float(ts.interp, s.timeout);
}

Value s_setblocking(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "setblocking", kw);
    check_count(ts, "setblocking", nargs - 1, 1, 1);
    SocketState& s = open_socket(ts, args[0], "setblocking");
    bool blocking = truthy(ts, args[1]);
    s.timeout = blocking ? -1 : 0;
    int flags = fcntl(s.fd, F_GETFL);
    fcntl(s.fd, F_SETFL, blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK));
    return Value::none();
}

Value s_family(ThreadState& ts, Value self) { return Value::from_small(self_socket(ts, self, "family").family); }
Value s_type(ThreadState& ts, Value self) { return Value::from_small(self_socket(ts, self, "type").type); }

const MethodDef kSocketMethods[] = {
    {"close", s_close, NativeFunctionObj::kMethod},
    {"__enter__", s_enter, NativeFunctionObj::kMethod},
    {"__exit__", s_exit, NativeFunctionObj::kMethod},
    {"fileno", s_fileno, NativeFunctionObj::kMethod},
    {"send", s_send, NativeFunctionObj::kMethod},
    {"sendall", s_sendall, NativeFunctionObj::kMethod},
    {"recv", s_recv, NativeFunctionObj::kMethod},
    {"connect", s_connect, NativeFunctionObj::kMethod},
    {"bind", s_bind, NativeFunctionObj::kMethod},
    {"listen", s_listen, NativeFunctionObj::kMethod},
    {"accept", s_accept, NativeFunctionObj::kMethod},
    {"shutdown", s_shutdown, NativeFunctionObj::kMethod},
    {"setsockopt", s_setsockopt, NativeFunctionObj::kMethod},
    {"getsockname", s_getsockname, NativeFunctionObj::kMethod},
    {"getpeername", s_getpeername, NativeFunctionObj::kMethod},
    {"settimeout", s_settimeout, NativeFunctionObj::kMethod},
    {"gettimeout", s_gettimeout, NativeFunctionObj::kMethod},
    {"setblocking", s_setblocking, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

// create_connection((host, port), timeout=None): a connected TCP socket.
Value m_create_connection(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "create_connection", args, nargs, kw, {"address", "timeout"}, 1);
    Interp& I = ts.interp;
    Rooted sock(ts, m_socket(ts, I.types.socket, nullptr, 0, nullptr));
    Value call_args[2] = {sock.get(), a.has(1) ? a[1] : Value::none()};
    s_settimeout(ts, call_args, 2, nullptr);
    Value connect_args[2] = {sock.get(), a[0]};
    try {
        s_connect(ts, connect_args, 2, nullptr);
    } catch (const ScriptError&) {
        Value close_args[1] = {sock.get()};
        Rooted pending(ts, ts.raised);
        s_close(ts, close_args, 1, nullptr);
        ts.raised = pending;
        throw;
    }
    return sock;
}

const MethodDef kSocketFunctions[] = {
    {"socketpair", m_socketpair},
    {"create_connection", m_create_connection},
    {"gethostname", m_gethostname},
    {nullptr, nullptr},
};

} // namespace

ModuleObj* init_socket_module(Interp& I) {
    ModuleObj* m = new_module(I, "socket");
    Value modname = Value::from_obj(intern(I, "socket"));
    add_functions(I, m->dict, kSocketFunctions, modname);
    TypeObj* t = I.types.socket = new_builtin_type(I, "socket", ObjKind::Opaque, nullptr, 0);
    t->module = modname;
    t->new_fn = m_socket;
    add_methods(I, t, kSocketMethods);
    add_getset(I, t, "family", s_family);
    add_getset(I, t, "type", s_type);
    dict_set_cstr(I, m->dict, "socket", Value::from_obj(t));
    dict_set_cstr(I, m->dict, "SocketType", Value::from_obj(t));
    const std::pair<const char*, int> constants[] = {
        {"AF_INET", AF_INET},         {"AF_UNIX", AF_UNIX},         {"SOCK_STREAM", SOCK_STREAM},
        {"SOCK_DGRAM", SOCK_DGRAM},   {"SOL_SOCKET", SOL_SOCKET},   {"SO_REUSEADDR", SO_REUSEADDR},
        {"SO_KEEPALIVE", SO_KEEPALIVE}, {"IPPROTO_TCP", IPPROTO_TCP}, {"TCP_NODELAY", TCP_NODELAY},
        {"SHUT_RD", SHUT_RD},         {"SHUT_WR", SHUT_WR},         {"SHUT_RDWR", SHUT_RDWR},
        {"MSG_PEEK", MSG_PEEK},
    };
    for (auto& [name, value] : constants) dict_set_cstr(I, m->dict, name, Value::from_small(value));
    // As in CPython 3.10+: socket.timeout is TimeoutError, socket.error is OSError.
    dict_set_cstr(I, m->dict, "timeout", Value::from_obj(I.exc.TimeoutError));
    dict_set_cstr(I, m->dict, "error", Value::from_obj(I.exc.OSError));
    return m;
}

} // namespace gilt
