package org.schemashift.bench;

/**
 * An SSMS "Generate Scripts"-style SQL Server script of any size for benchmarks, deterministic for
 * its counts: tables with a range of types, defaults, a named primary key, a CHECK, two indexes, an
 * MS_Description property and a foreign key added by ALTER TABLE; views with ISNULL, CASE, CONVERT
 * and TOP; procedures, functions and triggers with variables, loops, TRY/CATCH and embedded SQL.
 */
public final class SyntheticSqlServerSchema {
    private SyntheticSqlServerSchema() {
    }

    public static String generate(int tables, int views, int routines) {
        StringBuilder sql = new StringBuilder(tables * 1_500 + views * 400 + routines * 700);
        sql.append("SET ANSI_NULLS ON\nGO\nSET QUOTED_IDENTIFIER ON\nGO\n");
        for (int i = 0; i < tables; i++) table(sql, i);
        for (int i = 0; i < views; i++) view(sql, i, tables);
        for (int i = 0; i < routines; i++) routine(sql, i, tables);
        return sql.toString();
    }

    private static void table(StringBuilder sql, int i) {
        String t = "T" + i;
        sql.append("CREATE TABLE [dbo].[").append(t).append("](\n")
                .append("\t[ID] [int] IDENTITY(1,1) NOT NULL,\n")
                .append("\t[ParentID] [int] NULL,\n")
                .append("\t[Code] [nvarchar](30) NOT NULL,\n")
                .append("\t[Name] [nvarchar](200) NOT NULL CONSTRAINT [DF_").append(t).append("_Name] DEFAULT (N'unnamed'),\n")
                .append("\t[Amount] [money] NULL,\n")
                .append("\t[Rate] [decimal](9, 4) NULL,\n")
                .append("\t[Active] [bit] NOT NULL CONSTRAINT [DF_").append(t).append("_Active] DEFAULT ((1)),\n")
                .append("\t[Created] [datetime] NOT NULL CONSTRAINT [DF_").append(t).append("_Created] DEFAULT (getdate()),\n")
                .append("\t[RowGuid] [uniqueidentifier] NOT NULL DEFAULT (newid()),\n")
                .append("\t[Notes] [nvarchar](max) NULL,\n")
                .append("\t[Payload] [varbinary](16) NULL,\n")
                .append(" CONSTRAINT [PK_").append(t).append("] PRIMARY KEY CLUSTERED ([ID] ASC),\n")
                .append(" CONSTRAINT [CK_").append(t).append("_Rate] CHECK (([Rate]>=(0)))\n")
                .append(") ON [PRIMARY]\nGO\n")
                .append("CREATE NONCLUSTERED INDEX [IX_").append(t).append("_Code] ON [dbo].[").append(t).append("] ([Code] ASC)\nGO\n")
                .append("CREATE UNIQUE NONCLUSTERED INDEX [UX_").append(t).append("_Name] ON [dbo].[").append(t)
                .append("] ([Name] ASC, [Created] ASC)\nGO\n")
                .append("EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Synthetic table ").append(i)
                .append("', @level0type=N'SCHEMA', @level0name=N'dbo', @level1type=N'TABLE', @level1name=N'").append(t).append("'\nGO\n");
        if (i > 0) {
            sql.append("ALTER TABLE [dbo].[").append(t).append("] WITH CHECK ADD CONSTRAINT [FK_").append(t)
                    .append("_Parent] FOREIGN KEY([ParentID]) REFERENCES [dbo].[T").append(i - 1).append("] ([ID]) ON DELETE CASCADE\nGO\n");
        }
        if (i % 10 == 0) {
            sql.append("CREATE SEQUENCE [dbo].[").append(t).append("_Seq] AS [bigint] START WITH 1 INCREMENT BY 1\nGO\n");
        }
    }

    private static void view(StringBuilder sql, int i, int tables) {
        int a = tables == 0 ? 0 : i % tables;
        int b = tables == 0 ? 0 : (i + 1) % tables;
        sql.append("CREATE VIEW [dbo].[V").append(i).append("] AS\n")
                .append("SELECT TOP (1000) a.[ID], ISNULL(a.[Name], N'-') AS [Name],\n")
                .append("       CASE WHEN a.[Active] = 1 THEN 'yes' ELSE 'no' END AS [ActiveText],\n")
                .append("       b.[Amount], CONVERT(varchar(10), a.[Created], 120) AS [CreatedDay]\n")
                .append("  FROM [dbo].[T").append(a).append("] a LEFT JOIN [dbo].[T").append(b).append("] b ON a.[ID] = b.[ParentID]\n")
                .append("GO\n");
    }

    /** Routines cycle through a procedure, a scalar function and a trigger. */
    private static void routine(StringBuilder sql, int i, int tables) {
        String t = "[dbo].[T" + (tables == 0 ? 0 : i % tables) + "]";
        switch (i % 3) {
            case 0 -> sql.append("CREATE PROCEDURE [dbo].[P").append(i).append("] @ParentID int, @Total money OUTPUT\nAS\nBEGIN\n")
                    .append("\tSET NOCOUNT ON;\n")
                    .append("\tDECLARE @i int = 0\n")
                    .append("\tSET @Total = 0\n")
                    .append("\tBEGIN TRY\n")
                    .append("\t\tWHILE @i < 10\n\t\tBEGIN\n")
                    .append("\t\t\tSET @i = @i + 1\n")
                    .append("\t\t\tSELECT @Total = @Total + ISNULL(SUM([Amount]), 0) FROM ").append(t).append(" WHERE [ParentID] = @ParentID + @i\n")
                    .append("\t\tEND\n")
                    .append("\t\tUPDATE ").append(t).append(" SET [Created] = GETDATE() WHERE [ID] = @ParentID\n")
                    .append("\tEND TRY\n\tBEGIN CATCH\n")
                    .append("\t\tRAISERROR('P").append(i).append(" failed: %s', 16, 1, 'x')\n")
                    .append("\tEND CATCH\nEND\nGO\n");
            case 1 -> sql.append("CREATE FUNCTION [dbo].[F").append(i).append("] (@Code nvarchar(30))\nRETURNS int\nAS\nBEGIN\n")
                    .append("\tDECLARE @ID int\n")
                    .append("\tSELECT @ID = [ID] FROM ").append(t).append(" WHERE [Code] = UPPER(@Code)\n")
                    .append("\tRETURN ISNULL(@ID, -1)\nEND\nGO\n");
            default -> sql.append("CREATE TRIGGER [dbo].[TR").append(i).append("] ON ").append(t).append(" AFTER UPDATE\nAS\nBEGIN\n")
                    .append("\tSET NOCOUNT ON;\n")
                    .append("\tUPDATE t SET [Created] = GETDATE() FROM ").append(t).append(" t INNER JOIN inserted i ON t.[ID] = i.[ID]\n")
                    .append("END\nGO\n");
        }
    }
}
