import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditLogController } from './audit-log.controller';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';
import { FileTransferAuditInterceptor } from './file-transfer-audit.interceptor';

@Global()
@Module({
  controllers: [AuditLogController],
  providers: [
    AuditService,
    AuditLogService,
    AuditLogResolver,
    { provide: APP_INTERCEPTOR, useClass: FileTransferAuditInterceptor },
  ],
  exports: [AuditService, AuditLogService],
})
export class AuditModule {}
