#include <napi.h>

// FNV-1a 32-bit over a Buffer: the service fingerprints uploads without a JS loop.
static Napi::Value Fnv1a(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBuffer()) {
    Napi::TypeError::New(env, "expected a Buffer").ThrowAsJavaScriptException();
    return env.Null();
  }
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < buf.Length(); i++) {
    h ^= buf.Data()[i];
    h *= 16777619u;
  }
  return Napi::Number::New(env, h);
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("fnv1a", Napi::Function::New(env, Fnv1a));
  return exports;
}

NODE_API_MODULE(fnv, Init)
