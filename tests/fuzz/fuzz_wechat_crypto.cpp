// An encrypted WeChat/WeCom callback text: decrypted with a fixed key, as the gateway will
// (anything may arrive before the signature is checked in a test, so decryption must hold alone).
#include "FuzzSupport.h"

#include "channels/VendorCrypto.h"

using namespace lx::channels;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const auto crypto = WeChatMessageCrypto::create(QStringLiteral("QDG6eK"), QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"),
                                                           QStringLiteral("wx5823bf96d3bd56c7"));
    const QByteArray bytes = lx::fuzz::bytesOf(data, size);
    // As given (Base64 text), and as raw ciphertext encoded (reaches the padding and length checks).
    (void)crypto.value().decrypt(QString::fromLatin1(bytes));
    (void)crypto.value().decrypt(QString::fromLatin1(bytes.toBase64()));
    (void)crypto.value().verify(QString::fromLatin1(bytes.left(40)), QStringLiteral("1"), QStringLiteral("2"), QString::fromLatin1(bytes));
    return 0;
}
