import { Socket, connect } from 'node:net';

/**
 * Just enough of the Kafka wire protocol to send the few admin requests kafkajs lacks (SCRAM credentials): request
 * framing, the classic and the compact ("flexible", KIP-482) encodings, and one connection answering in order.
 */
export class WireWriter {
  private readonly parts: Buffer[] = [];

  int8(value: number): this {
    return this.push(Buffer.from([value & 0xff]));
  }

  int16(value: number): this {
    const buffer = Buffer.alloc(2);
    buffer.writeInt16BE(value);
    return this.push(buffer);
  }

  int32(value: number): this {
    const buffer = Buffer.alloc(4);
    buffer.writeInt32BE(value);
    return this.push(buffer);
  }

  uvarint(value: number): this {
    const bytes: number[] = [];
    let rest = value >>> 0;
    while (rest >= 0x80) {
      bytes.push((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    bytes.push(rest);
    return this.push(Buffer.from(bytes));
  }

  string(value: string): this {
    const bytes = Buffer.from(value, 'utf8');
    return this.int16(bytes.length).push(bytes);
  }

  bytes(value: Buffer): this {
    return this.int32(value.length).push(value);
  }

  compactString(value: string): this {
    const bytes = Buffer.from(value, 'utf8');
    return this.uvarint(bytes.length + 1).push(bytes);
  }

  compactBytes(value: Buffer): this {
    return this.uvarint(value.length + 1).push(value);
  }

  compactArray<T>(items: readonly T[], write: (writer: this, item: T) => void): this {
    this.uvarint(items.length + 1);
    for (const item of items) write(this, item);
    return this;
  }

  /** No tagged fields: every flexible structure ends with their count. */
  noTaggedFields(): this {
    return this.uvarint(0);
  }

  build(): Buffer {
    return Buffer.concat(this.parts);
  }

  private push(buffer: Buffer): this {
    this.parts.push(buffer);
    return this;
  }
}

export class WireReader {
  private offset = 0;

  constructor(private readonly buffer: Buffer) {}

  int16(): number {
    const value = this.buffer.readInt16BE(this.offset);
    this.offset += 2;
    return value;
  }

  int32(): number {
    const value = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  int64(): bigint {
    const value = this.buffer.readBigInt64BE(this.offset);
    this.offset += 8;
    return value;
  }

  uvarint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.buffer[this.offset++];
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value >>> 0;
      shift += 7;
    }
  }

  nullableString(): string | null {
    const length = this.int16();
    return length < 0 ? null : this.take(length).toString('utf8');
  }

  bytes(): Buffer {
    const length = this.int32();
    return length < 0 ? Buffer.alloc(0) : this.take(length);
  }

  compactNullableString(): string | null {
    const length = this.uvarint() - 1;
    return length < 0 ? null : this.take(length).toString('utf8');
  }

  compactArray<T>(read: (reader: this) => T): T[] {
    const length = this.uvarint() - 1;
    return Array.from({ length: Math.max(length, 0) }, () => read(this));
  }

  skipTaggedFields(): void {
    const count = this.uvarint();
    for (let field = 0; field < count; field++) {
      this.uvarint();
      this.take(this.uvarint());
    }
  }

  private take(length: number): Buffer {
    const slice = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}

export interface WireRequest {
  apiKey: number;
  apiVersion: number;
  /** Flexible versions use request header v2 and response header v1, both with tagged fields. */
  flexible: boolean;
  body: Buffer;
}

/** One broker connection; requests are answered in the order they were sent, so one at a time is enough here. */
export class WireConnection {
  private correlationId = 0;
  private received = Buffer.alloc(0);
  private waiting: { resolve: (frame: Buffer) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  private constructor(
    private readonly socket: Socket,
    private readonly clientId: string,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('the broker closed the connection')));
  }

  static open(broker: string, clientId: string, timeoutMs = 10_000): Promise<WireConnection> {
    const separator = broker.lastIndexOf(':');
    const host = broker.slice(0, separator);
    const port = Number(broker.slice(separator + 1));
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`could not reach the Kafka broker ${broker} in ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new WireConnection(socket, clientId));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`could not reach the Kafka broker ${broker}: ${error.message}`));
      });
    });
  }

  async send(request: WireRequest): Promise<WireReader> {
    if (this.failure !== undefined) throw this.failure;
    const correlationId = ++this.correlationId;
    const header = new WireWriter()
      .int16(request.apiKey)
      .int16(request.apiVersion)
      .int32(correlationId)
      .string(this.clientId);
    if (request.flexible) header.noTaggedFields();
    const payload = Buffer.concat([header.build(), request.body]);
    const frame = await new Promise<Buffer>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(Buffer.concat([new WireWriter().int32(payload.length).build(), payload]));
    });
    const reader = new WireReader(frame);
    const answered = reader.int32();
    if (answered !== correlationId) throw new Error(`Kafka answered request ${answered}, expected ${correlationId}`);
    if (request.flexible) reader.skipTaggedFields();
    return reader;
  }

  close(): void {
    this.waiting = undefined;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.received = Buffer.concat([this.received, chunk]);
    if (this.received.length < 4) return;
    const size = this.received.readInt32BE(0);
    if (this.received.length < 4 + size) return;
    const frame = this.received.subarray(4, 4 + size);
    this.received = this.received.subarray(4 + size);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.resolve(frame);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }
}
