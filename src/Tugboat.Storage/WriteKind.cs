namespace Tugboat.Storage;

internal enum WriteKind { Create, Update, Delete }
