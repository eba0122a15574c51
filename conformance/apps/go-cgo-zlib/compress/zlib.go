// Package compress wraps the system zlib through cgo (the team measured it faster than compress/flate
// for their payloads), so the binary links libz.so.1 and libc dynamically.
package compress

/*
#cgo LDFLAGS: -lz
#include <stdlib.h>
#include <zlib.h>
*/
import "C"

import (
	"errors"
	"unsafe"
)

// Deflate compresses b with zlib's default level.
func Deflate(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	bound := C.compressBound(C.uLong(len(b)))
	out := make([]byte, int(bound))
	n := C.uLongf(bound)
	rc := C.compress((*C.Bytef)(unsafe.Pointer(&out[0])), &n, (*C.Bytef)(unsafe.Pointer(&b[0])), C.uLong(len(b)))
	if rc != C.Z_OK {
		return nil, errors.New("zlib compress failed")
	}
	return out[:int(n)], nil
}

// Version is the zlib version the binary runs against.
func Version() string { return C.GoString(C.zlibVersion()) }
